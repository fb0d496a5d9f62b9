/** Reading, parsing and validating files: the checks that are not configurable rules. */
export const coreMessages = {} as const;
