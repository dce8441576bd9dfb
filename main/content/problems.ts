/** One problem found in a content file: which file, which field, what is wrong (shown to IT as is). */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}
