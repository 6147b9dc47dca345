/** The agency dictionary as rules see it. Loading and matching live beside it in this folder. */
export interface AgencyDictionary {
  readonly version: string;
}
