/**
 * Whether an SDK constant's name carries its container, so that it names one code wherever it
 * is written: `kNIMResSuccess` (container `NIMResCode`) also as C++ `nim::kNIMResSuccess`, C#
 * `ResponseCode.kNIMResSuccess` or bare in C; `V2NIM_ERROR_CODE_SUCCESS` (container
 * `V2NIMErrorCode`) also after `V2NIMConst.V2NIMErrorCode.`. A plain member (`SUCCESS`,
 * `NetworkModuleTokenExpired`) needs its container: other SDKs have members of those names.
 */
export function carriesContainer(name: string, container: string): boolean {
  const stem = normalise(container).replace(/(?:errorcode|code|error)$/, '');
  if (stem.length < 3) return false;
  const bare = /^k[A-Z]/.test(name) ? name.slice(1) : name;
  const n = normalise(bare);
  return n.length > stem.length + 2 && n.startsWith(stem);
}

const normalise = (s: string) => s.replace(/_/g, '').toLowerCase();
