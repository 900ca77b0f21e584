// Completion fixture: the test asks for completions at the end of the comparison below.
declare const err: { code: number };
if (err.code === 
