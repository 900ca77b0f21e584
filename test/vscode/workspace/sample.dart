// Called by the ZIM SDK (zego_zim) when a call fails.
String explain(int code) {
  if (code == 6000121) {
    return 'not logged in';
  }
  if (code == 414) {
    return 'parameter error';
  }
  return 'unknown';
}
