// The figure reader: figures in claims (English and Danish), their display form, and stored date values.
export { parseFigures, readSentence } from "./scan.js";
export { detectLanguage } from "./lang.js";
export { formatFigure, formatNumber } from "./format.js";
export { clockText, parseClockText } from "./clock.js";
export {
  parseDateValue, dateValue, monthValue, validDate, dateFigure, monthFigure, weekdayFigure, yearFigure,
} from "./dates.js";
