// Quick-fix fixture: the test applies the quick fix to the misspelled code below.
export function isTimeout(code: string): boolean {
  switch (code) {
    case 'Error_Timout':
      return true;
    default:
      return false;
  }
}
