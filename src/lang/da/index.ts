// Danish: the pack's data (pack.yaml) and what cannot be data, its Snowball stemmer.
import { stemmer } from "@orama/stemmers/danish";
import { definePack } from "../define.js";
import data from "./pack.yaml";

export default definePack(data, stemmer);
