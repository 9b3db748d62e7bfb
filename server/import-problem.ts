/** A reason the import refuses its files, and where: the file's name and the line in it. */
export interface ImportProblem {
  file: string;
  line: number;
  reason: string;
}
