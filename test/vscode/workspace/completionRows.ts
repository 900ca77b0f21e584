// Completion rows fixture: the test asks for completions at the end of the comparison below.
import { ZIMErrorCode } from 'zego-zim-web';
declare const err: { code: number };
if (err.code === 600010
