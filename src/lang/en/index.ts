// English: the pack's data (pack.yaml) and what cannot be data, its Snowball stemmer.
import { stemmer } from "@orama/stemmers/english";
import { definePack } from "../define.js";
import data from "./pack.yaml";

export default definePack(data, stemmer);
