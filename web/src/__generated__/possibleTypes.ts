
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "HistoryEntry": [
      "Revision",
      "StatusUpdate"
    ]
  }
};
      export default result;
    