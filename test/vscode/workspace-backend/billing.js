// Second folder of the multi-root fixture: it has its own user catalogue (payments.codes.json).
export function onCharge(res) {
  if (res.code === 50001) {
    return 'Ask for another card';
  }
  if (res.code === 414) {
    return 'Check the parameters';
  }
  if (res.code === 40001) {
    return 'Not a payment code: 40001 is only in the other folder\'s catalogue';
  }
  return 'ok';
}
