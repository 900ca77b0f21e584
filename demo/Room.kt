import im.zego.zim.enums.ZIMErrorCode

// Called by the ZIM SDK when entering a room fails. Hover the codes.
fun onEnterRoom(errorCode: Int): String {
    if (errorCode == 660300001) {
        return "room does not exist"
    }
    return when (errorCode) {
        6000121 -> "not logged in"
        else -> "unknown"
    }
}
