// Documents the project has never been tuned to, written before the matcher was: each source in
// this folder goes through `extract` as a newsroom would run it (NAME.args holds its extract
// arguments, no hand editing), and its labelled claims (NAME.claims.jsonl, English and Danish)
// are checked against the drafted fact base alone. In-process: extract, load, check.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { draftYaml, extractFacts } from "../../src/facts/extract.js";
import { loadFactBase } from "../../src/facts/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { Checker } from "../../src/pipeline.js";
import { DEFAULT_JUDGE_OPTIONS, type Lang } from "../../src/types.js";
import { parseJsonl, scoreClaim, summary } from "../support/score.js";

/**
 * Each document must score at least its floor, with no more critical errors (a wrong figure
 * passed as right) than it has today. The goal is 0.9 and none critical for every document; the
 * floors are what each scored when it was last tuned on, less a claim, so that a regression fails
 * while the goal is not yet met. retssag, sport, storm and sundhed were written with the
 * matcher; the others were written blind, in sixty-nine batches, by sessions that never read the code
 * (batch 4: aarhus-cykeltyverier, alssundbro-forsinkelse, esbjerg-vandtab, harewood-zoo-record-year,
 * odense-harbour-marathon, vestpension-annual-return scored 121/210 on their first run; batch 5:
 * battery-grant, energy-saving, island-ferry, library-loans, music-festival, road-safety scored
 * 107/210 on their first run; batch 6: fjordlys-bryghus-eksport, kirkcaldy-food-bank,
 * moorlink-bus-punctuality, norwich-tree-planting, romo-turistsaeson, unge-uden-job-uddannelse
 * 120/210 with the build before batch 5's work and 128/210 after it; batch 7: apple-harvest,
 * kirke-restaurering, politi-rekruttering, rural-broadband, swimming-pools, tandpleje-aeldre
 * 110/210 and 111/210; batch 8: bagerikaede, flood-defence, genbrugsplads, parking-fees,
 * reykjavik-chess, studieboliger 105/210 and 112/210; batch 9: football-club, hospital-scanner,
 * school-budget, theatre-audience, train-punctuality, wind-farm 126/210 with the builds from before
 * and after the work of the session that commissioned them, 131/210 after fixes they showed;
 * batch 10: airline, crime, holiday, snow, waste, water 134/210 on their first run, 137/210 after
 * fixes they showed; batch 11: aeldrepleje, bydel, kartofler, layoffs, supermarket, wildfire 128/210
 * on their first run, with the build before batch 10's fixes and after them alike; batch 12:
 * cinema-chain, kolonihave-optaelling, kunstauktion, orchestra-tour, science-prize, spejderlejr
 * 119/210 on their first run, 122/210 with the tie by figure, whose conditions were chosen on all
 * documents, these included; batch 13: carrigmore-dog-licences, fernwick-robotics-funding,
 * ormoe-befolkning, randers-sprogcenter, silkeborg-bondemarked, wiltshire-honey-harvest 122/210
 * on their first run, 116/210 with the build of the start of that session; batch 14: e-scooters, fire-brigade, lighthouse-restoration, local-newspaper, rowing-club,
 * vineyard-harvest 115/210 with the build of the start of the session that commissioned them (their
 * labels corrected first: `value` is the source's figure, a hedged rounding that holds is a match),
 * 128/210 after the fixes they showed; batch 15: blood-donation, car-sharing, dance-school,
 * lifeboat-station, sheep-farm, sports-hall 127/210 on their first run (120/210 with the build of
 * that session's start); batch 16: cycling-race, flu-vaccination, girls-choir, harbour-dredging,
 * public-toilets, solar-panels 121/210 on their first run, 112/210 with the build of the start of
 * the session that commissioned them, 127/210 after the fixes they showed; batch 17: brewery,
 * ferry, kantine, vind, waitlist, zoo 139/210 on their first run, 135/210 with the build of the
 * start of the session that commissioned them, and still 139/210 when they were added here; batch 18:
 * boernehave, bookshop, dyreklinik, gadebelysning, hospice-appeal, observatory 132/210 on their first run,
 * with the build of the start of the session that commissioned them and after its first commit alike,
 * 137/210 when they were added here, 154/210 after the fixes they showed; batch 19:
 * cemetery-extension, genbrugsbutik-omsaetning, golf-club-membership, koereproever-aalborg,
 * kronvildt-optaelling, taxi-licences 122/210 on their first run, with the build of the start of the
 * session that commissioned them, 125/210 when they were added here, 132/210 with the labels below;
 * batch 20: aftenskole, community-pub, hedgehog-rescue, naturlegeplads, skoejtebane-torvet,
 * town-clock 136/210 on their first run, with the build of the start of the session that
 * commissioned them, 137/210 when they were added here at its end, 143/210 after the fixes of the
 * next session, which read their failures; batch 21: community-radio, graffiti-removal,
 * jagtproeve, pasfornyelse, rottebekaempelse, wedding-registrations 136/210 on their first run,
 * with the build of the end of the session that commissioned them, 137/210 when they were added
 * here at the end of the next, their failures not read; batch 22: beach-cleanup, christmas-market,
 * loppemarked, lystbaadehavn, pothole-repairs, rideskole, all claims in the document's language,
 * 137/210 on their first run, with the build of the start of the session that commissioned them,
 * 145/210 at its end, 150/210 when they were added here at the end of the next, their failures
 * not read; batch 23, written blind the session after, was lost with that session's machine;
 * batch 24: fjernvarme-pris, jazzfestival, mushroom-farm, pottery-festival, repair-cafe,
 * vikingecenter, a third of the claims in the other language, 163/210 on their first run, with the
 * build of the start of the session that commissioned them, 164/210 and its one critical error
 * gone when they were added here, after fixes two of its failures showed, 165/210 at that session's end;
 * batch 25: climbing-centre, kommunal-musikskole, kunstmuseum-besoeg, model-railway-show,
 * naturpleje-strandeng, sawmill-expansion, a third of the claims in the other language, 137/210 on
 * their first run, with the build of the start of the session that commissioned them, 140/210 at
 * its end and when they were added here, at the start of the next; batch 26: biograf-renovering,
 * community-orchard, cycle-hire, frivillig-brandvaern, havnebad, lifeboat-annual-report, a third of
 * the claims in the other language, 149/210 on their first run, with the build of the start of the
 * session that commissioned them, 150/210 (one critical error) at its end and when they were added
 * here, at the start of the next; batch 27: canal-towpath-upgrade, debt-advice-surge,
 * hjertestarter-netvaerk, lektiecafeer-noerreby, torvets-ombygning, village-hall-appeal, a third of
 * the claims in the other language, 136/210 (four critical errors) on their first run, with the
 * build of the start of the session that commissioned them, at its end and when they were added
 * here, at the start of the next; batch 28: bus-driver-shortage, hospital-parking,
 * krematorium-udvidelse, pier-restoration, postbutik-lukning, vandrerhjem-udvidelse, a third of the
 * claims in the other language, 157/210 (four critical errors) on their first run, with the build of
 * the start of the session that commissioned them, 160/210 (three) at its end and when they were
 * added here, at the start of the next; batch 29: ambulance-response-times, ashcombe-tree-planting,
 * genbrugsplads-udvidelse, hartley-bakery-expansion, kolonihave-venteliste, vinterfugletaelling, a
 * third of the claims in the other language, 161/210 (three critical errors) on their first run, with
 * the build of the start of the session that commissioned them, at its end and when they were added
 * here, at the start of the next; batch 30: county-show-record, dental-waiting-list,
 * fibernet-landdistrikter, gratis-skolemad, kirkeklokker-restaurering, swimming-pool-reopening, a
 * third of the claims in the other language and each claim's source figure as written, 135/210
 * (eight critical errors) on their first run, with the build of the start of the session that
 * commissioned them, 137/210 (nine) at its end and when they were added here, at the start of the
 * next; batch 31: aa-genslyngning, hal-tag, mens-shed, ringridning, town-twinning,
 * uniform-exchange, a third of the claims in the other language and each claim's source figure as
 * written, 150/210 (six critical errors) on their first run, with the build of the start of the
 * session that commissioned them, 153/210 (six) at its end and when they were added here, at the
 * start of the next; batch 32: byggesager, foster-carers, kite-festival, lokalarkiv,
 * quarry-expansion, tomme-butikker, written as batch 31, 126/210 (three critical errors) on their
 * first run, with the build of the start of the session that commissioned them, 128/210 (three)
 * at its end and when they were added here, at the start of the next; batch 33: dry-stone-walls,
 * fond-uddeling, knitting-blankets, motocross-stoej, straatag-mangel, summer-carnival, written as
 * batch 31, 141/210 (one critical error) on their first run, with the build of the start of the
 * session that commissioned them, at its end and when they were added here, at the start of the
 * next; batch 34: barn-owl-boxes, besoegsvenner, paddetunnel, repair-cafe-landfill (its writer
 * named it repair-cafe, a name taken here: a new article on the same kind of topic), vandrerute,
 * village-pond, written as batch 31, 146/210 (three critical errors) on their first run, with the
 * build of the start of the session that commissioned them, 147/210 (three) at its end and when
 * they were added here, at the start of the next; batch 35: aaleudsaetning-langfjord,
 * ellerby-community-shop, hollins-bridge-closure, kaerbaek-bogbus, oakhurst-gp-merger,
 * skolehaver-vestby, written as batch 31, 150/210 (three critical errors) on their first run, with
 * the build of the start of the session that commissioned them, 151/210 (three) at its end and when
 * they were added here, at the start of the next; batch 36: fjordby-ladestandere,
 * kilbrannan-air-quality, oesterlund-skaterpark, roedmose-hundeskov, sketchley-roman-hoard,
 * whitmoor-lost-property, written as batch 31, 156/210 (one critical error) on their first run,
 * with the build of the start of the session that commissioned them, 158/210 (one) at its end and
 * when they were added here, at the start of the next, 169/210 (one) after the fixes they showed;
 * batch 37: crossfell-tractor-run, hoens-i-haven, juletrae-salg, kilnworth-escape-room,
 * pennock-phone-mast, poelsevogn-jubilaeum, written as batch 31, 135/210 (one critical error) on
 * their first run, with the build of the start of the session that commissioned them, at its end
 * and when they were added here, at the start of the next, 149/210 (one) after the fixes they showed;
 * batch 38: brindlecombe-cricket-pavilion, cykelsti-hvidmose-egeslev, drumcaslin-mart-record,
 * gymnastikopvisning-rosenmark, hollowmere-pigeon-race, muslingeanlaeg-hejreby-fjord, written as
 * batch 31, 160/210 (six critical errors) on their first run, with the build of the start of the
 * session that commissioned them, at its end and when they were added here, at the start of the
 * next, 176/210 (five) after the fixes they showed;
 * batch 39: brackenford-market-hall-rents, klitrose-is-udvidelse, ravsaeson-vesterhede,
 * sandholme-caravan-park, skorstensfejer-ventetid, wrenford-conker-championship, written as batch
 * 31, 160/210 (four critical errors) on their first run, with the build of the start of the session
 * that commissioned them, 161/210 (four) at its end and when they were added here, at the start of
 * the next, 163/210 (two) once two bounds that hold accepted a match (below), 172/210 (two) after
 * the fixes they showed;
 * batch 40: fastelavn-hjortboelle, ferncliffe-bowls-green, harrowdale-sheepdog-trials,
 * lunderup-travbane-regnskab, ungdomsklub-broendhoej, wexcombe-duck-race, written as batch 31,
 * 141/210 (one critical error) on their first run, with the build of the start of the session that
 * commissioned them, 142/210 (one) at its end and when they were added here, at the start of the
 * next, 151/210 (one) after the fixes they showed;
 * batch 41: calderwick-crossing-patrols, harnford-night-shelter, kestlemoor-by-election,
 * sankthansbaal-forbud-tornbaek, solvig-raadhus-salg, ulveflok-hesselmark, written as batch 31,
 * 157/210 (no critical error) on their first run, with the build of the start of the session that
 * commissioned them, at its end and when they were added here, at the start of the next, 173/210
 * (none) after the fixes they showed;
 * batch 42: bjoerneklo-noerreaadal, carrow-sands-whale-stranding, hallowmoor-pony-deaths,
 * kelbrook-chimney-demolition, rundkoersel-skulptur-hyldeby, vejnavne-lindmose, written as batch
 * 31, 145/210 (one critical error) on their first run, with the build of the start of the session
 * that commissioned them, 146/210 (one) at its end and when they were added here, at the start of
 * the next, 156/210 (none) after the fixes they showed;
 * batch 43: badmintonklub-lindholt-100-aar, dunmarsh-stray-cat-scheme, saltmere-beach-hut-auction,
 * stenrev-hvidsand-fjord, trampolinpark-hoersloev, wyford-archery-range, written as batch 31,
 * 164/210 (one critical error) on their first run, with the build of the start of the session that
 * commissioned them, at its end and when they were added here, at the start of the next, 173/210
 * (none) after the fixes they showed;
 * batch 44: eastwold-tide-mill, landsbypedel-soenderhede, marlbeck-tennis-floodlights,
 * nedrivningspulje-vesteraa, penhallow-busking-permits, sparekasse-fusion-raevlund, written as batch
 * 31, 165/210 (two critical errors) on their first run, with the build of the start of the session
 * that commissioned them, at its end and when they were added here, at the start of the next;
 * batch 45: bramwell-food-hygiene-ratings, hexley-parkrun-tenth-birthday, hjortsoe-braendeovnspulje,
 * kettleby-level-crossing-upgrade, mollerup-friskole-elevtal, vestermarke-skolebusruter, written from
 * a prompt written anew, 141/210 (one critical error) on their first run, with the build of the
 * start of the session that commissioned them, 142/210 (one) at its end and when they were added
 * here, at the start of the next; batch 46: aldermoor-toll-bridge-charges, harnby-scarecrow-festival,
 * hensford-heritage-railway, klitby-sommerhuskloakering, kragsoe-badevand, sandager-mtb-spor, written
 * from the prompt of batch 45, 163/210 (no critical error) on their first run, with the build of the
 * start of the session that commissioned them, at its end and when they were added here, at the
 * start of the next, 171/210 after the fixes they showed; batch 47: dunleigh-town-crier-championship,
 * kaerholm-motorcykeltraef, marcliffe-fireworks-display, soelvkaer-biogas-lugtklager,
 * stensboelle-sogneindsamling, wendlesham-pharmacy-closure, written from a prompt written anew
 * (test/blind/PROMPT.md), 148/210 (four critical errors) on their first run, with the build of the
 * start of the session that commissioned them, at its end and when they were added here, at the
 * start of the next, 158/210 after the fixes they showed; batch 48: harwick-verge-mowing-trial,
 * marrowby-station-lifts, natteravne-vestkoebing, stonebeck-well-dressing, vikartimer-egebjerg-skoler,
 * vinterbadeklub-sauna-hvidklint, written from the prompt of batch 47, 140/210 (five critical errors)
 * on their first run, with the build of the start of the session that commissioned them, 141/210
 * (five) at its end and when they were added here, at the start of the next, 151/210 (three) after
 * the fixes they showed; batch 49: carnsworth-market-street-sinkhole, hobjerg-gasvaerksgrund-oprensning,
 * lyngdal-trivselsmaaling, marshfold-beaver-release, oxleigh-white-horse-rechalking,
 * vesterlund-banegaard-kulturhus, written from the prompt of batch 47, 146/210 (three critical errors)
 * on their first run, with the build of the start of the session that commissioned them, 148/210
 * (three) at its end and when they were added here, at the start of the next, 156/210 (two) after
 * the fixes they showed; batch 50: boegely-lindealle-faeldning, carradale-primary-asbestos-removal,
 * fenwick-moss-peat-rewetting, holbeck-warm-spaces-extension, saltvig-vandscooter-forbud,
 * skaersoe-opfiskning-brasen, written from the prompt of batch 47, 147/210 (six critical errors) on
 * their first run, with the build of the start of the session that commissioned them, 151/210 (five)
 * at its end and when they were added here, at the start of the next, 160/210 (three) after the
 * fixes they showed; batch 51: brantwick-councillor-allowances, ellesmoor-in-bloom-gold,
 * fjordsted-kulturnat, stenhoej-radonmaalinger, thornleigh-bandstand-restoration,
 * tjoernholm-skole-lukning, written from the prompt of batch 47, 149/210 (six critical errors) on
 * their first run, with the build of the start of the session that commissioned them, 150/210 (six)
 * at its end and when they were added here, at the start of the next, 156/210 (four) after the fixes
 * they showed; batch 52: faellesspisning-oesterby-forsamlingshus, halbury-colliery-band-contest,
 * iltsvind-hornfjord, kirkhallow-visitor-levy, lundholm-omfartsvej-trafiktal,
 * thornfold-farm-bird-flu, written from the prompt of batch 47, 142/210 (eight critical errors) on
 * their first run, with the build of the start of the session that commissioned them, 142/210
 * (eight) at its end and when they were added here, at the start of the next, 155/210 (three) after
 * the fixes they showed; batch 53: ambleford-memory-cafe, bombefund-kragsted-havn,
 * greyhollow-almshouses-restoration, kabellaegning-hoejspaendingsmaster-vibaek,
 * pelstow-cliff-path-diversion, shelterpladser-egholt-skov, written from the prompt of batch 47,
 * 143/210 (two critical errors) on their first run, with the build of the start of the session
 * that commissioned them, 143/210 (two) at its end and when they were added here, at the start of
 * the next, 157/210 (two) after the fixes they showed; batch 54: coldharbour-blue-plaques,
 * egvig-traeskibstraef, kloeverup-gymnasium-naturfagshus, ludworth-ploughing-match,
 * ockbridge-pedestrianisation-trial, vragfund-skelvig-havn, written from the prompt of batch 47,
 * 143/210 (three critical errors) on their first run, with the build of the start of the session
 * that commissioned them, 143/210 (three) at its end and when they were added here, at the start
 * of the next, 152/210 (two) after the fixes they showed; batch 55: greyport-litter-fines,
 * lyngvad-klimaregnskab, soendervang-ferieaktiviteter, tarsvig-e-sport,
 * tollerby-balloon-fiesta, wetherbrook-guide-dog-puppy-raisers, written from the prompt of
 * batch 47, 157/210 (seven critical errors) on their first run, with the build of the start of
 * the session that commissioned them, 160/210 (seven) at its end and when they were added
 * here, at the start of the next, 173/210 (six) after the fixes they showed; batch 56:
 * brockwater-otter-survey, eastholme-volunteer-drivers, grundskyld-fjordvang-kommune,
 * mosekaer-svinestald-udvidelse, stavenham-academy-a-level-results, tjoernelund-laegemangel,
 * written from the prompt of batch 47, 160/210 (five critical errors) on their first run, with
 * the build of the start of the session that commissioned them, 160/210 (five) at its end and
 * when they were added here, at the start of the next), 169/210 (five) after the fixes they
 * showed; batch 57: castlebridge-cctv-upgrade, kelsbury-empty-homes-premium,
 * konfirmandtal-lindskov-provsti, mobilforbud-bjerringholm-skoler, padelbaner-strandhoej,
 * sallowfield-war-memorial-names, written from the prompt of batch 47, 129/210 (ten critical
 * errors) on their first run, with the build of the start of the session that commissioned
 * them, 129/210 (ten) at its end and when they were added here, at the start of the next),
 * 152/210 (six) after the fixes they showed); batch 58:
 * farnleigh-community-lottery-first-year, gylleudslip-smedeaaen,
 * kirkby-ashwell-church-lead-theft, krydstogtsaeson-noerhavn,
 * stourfield-magistrates-court-closure, sygefravaer-bramsvig-kommune, written from the prompt
 * of batch 47, 151/210 (six critical errors) on their first run, with the build of the start
 * of the session that commissioned them, 151/210 (six) at its end and when they were added
 * here, at the start of the next), 161/210 (six) after the fixes they showed); batch 59:
 * borgerbudget-kildevang, dunford-bus-gate-fines, erhvervsgrunde-sejlby,
 * folkemoede-brandstrup, saltby-community-fridge, tanfield-memorial-benches, written from the
 * prompt of batch 47, 157/210 (eleven critical errors) on their first run, with the build of
 * the start of the session that commissioned them, 158/210 (eleven) at its end and when they
 * were added here, at the start of the next), 166/210 (eight) after the fixes they showed);
 * batch 60: fellbridge-birth-centre-overnight, gravhoeje-skader-oesthammer,
 * jordfordeling-bredmose-aa, kunstgraesbaner-granulat-hedelund, skelmouth-gull-nest-removal,
 * westcombe-dialect-dictionary, written from the prompt of batch 47, 161/210 (five critical
 * errors) on their first run, with the build of the start of the session that commissioned
 * them, 161/210 (five) at its end and when they were added here, at the start of the next),
 * 166/210 (four) after the fixes they showed); batch 61: brayford-ward-boundary-review,
 * facadepulje-broendvig, hatherton-public-health-funerals, hegnssyn-sager-lyngborg,
 * helaarsbeboelse-sommerhuse-klitmark, west-arden-home-education-rise, written from the prompt
 * of batch 47, 152/210 (five critical errors) on their first run, with the build of the start
 * of the session that commissioned them, 152/210 (five) at its end and when they were added
 * here, at the start of the next), 159/210 (one) after the fixes they showed); batch 62:
 * burnside-reservoir-fishing-permits, groedeskaering-hylleaa, kirkmoor-citizenship-ceremonies,
 * lanthorne-stile-replacement, ukrudt-hedvand-roerslev, vandtaarn-ombygning-kirkely, written
 * from the prompt of batch 47, 154/210 (six critical errors) on their first run, with the
 * build of the start of the session that commissioned them, 154/210 (six) at its end and when
 * they were added here, at the start of the next), 162/210 (five) after the fixes they
 * showed); batch 63: kelthorpe-tourist-information-centre, livreddere-vestersand-saeson,
 * menighedsraadsvalg-tjoernsted, pebblecombe-ice-cream-van-pitches,
 * private-faellesveje-holmvang, tamsford-nightclub-licence-review, written from the prompt of
 * batch 47, 148/210 (nine critical errors) on their first run, with the build of the start of
 * the session that commissioned them, 148/210 (nine) at its end and when they were added here,
 * at the start of the next), 153/210 (eight) after the fixes they showed); batch 64:
 * autocamperpladser-klintrup-havn, brennock-council-cyber-attack, flagalle-lindeslev,
 * tarrowby-village-green-inquiry, tvangsauktioner-egsmark, wickenham-street-pianos, written
 * from the prompt of batch 47, 159/210 (five critical errors) on their first run, with the
 * build of the start of the session that commissioned them, 159/210 (five) at its end and when
 * they were added here, at the start of the next), 163/210 (four) after the fixes they
 * showed); batch 65: bellmere-time-capsule-opening, borgerservice-aabningstid-lerbaek,
 * corrington-abandoned-vehicles, moesby-tankstation-lukker, ridgemoor-cattle-grid-replacement,
 * stoejskaerm-rylund-motorvej, written from the prompt of batch 47, 161/210 (five critical
 * errors) on their first run, with the build of the start of the session that commissioned
 * them, 161/210 (five) at its end and when they were added here, at the start of the next),
 * 163/210 (four) after the fixes they showed); batch 66: cobbleford-horse-fair,
 * havoerredkonkurrence-glimhoved, kongebesoeg-vejlstrup, saltcombe-chip-shop-award,
 * strathbrae-salmon-counter, vildtulykker-hjelmsted, written from the prompt of batch 47,
 * 159/210 (one critical error) on their first run, with the build of the start of the session
 * that commissioned them, 160/210 (one) at its end and when they were added here, at the start
 * of the next), 171/210 (none) after the fixes they showed); batch 67:
 * gasnet-lukning-hedeslev, hollingford-blue-badge-misuse, hugormebid-stensig-klitplantage,
 * rengoering-hjemtagelse-kloevborg, stockmoor-term-time-absence-fines,
 * trelowen-lithium-test-drilling, written from the prompt of batch 47, 158/210 (six critical
 * errors) on their first run, with the build of the start of the session that commissioned
 * them, 158/210 (six) at its end and when they were added here, at the start of the next),
 * 163/210 (four) after the fixes they showed); batch 68: ashgrove-phone-box-adoptions,
 * it-hjaelp-seniorer-kaldbaek, kanosaeson-haldrup-aa, nyt-logo-morbjerg-kommune,
 * stoddington-cheese-rolling, thrushbury-town-gift-card, written from the prompt of batch 47,
 * 153/210 (seven critical errors) on their first run, with the build of the start of the
 * session that commissioned them, 153/210 (seven) at its end and when they were added here, at
 * the start of the next), 160/210 (six) after the fixes they showed); batch 69:
 * bredsted-svoemmeproeve, hvidsted-vaerft-faergeordre, mardenhall-town-hall-organ,
 * pendlebrook-weir-hydro-share-offer, soeholt-strandhotel-lokalplan,
 * wrexley-youth-referee-shortage, written from the prompt of batch 47, 157/210 (four critical
 * errors) on their first run, with the build of the start of the session that commissioned
 * them, 157/210 (four) at its end and when they were added here, at the start of the next),
 * 170/210 (three) after the fixes they showed); batch 70: hornsted-sommerjob-unge,
 * kirtlebury-lorry-weight-limit, netherby-st-clare-open-gardens, skovlyng-if-pantindsamling,
 * stanwick-shopping-trolley-charges, vestbjerg-minkavl-genstart, written from the prompt of
 * batch 47, 158/210 (four critical errors) on their first run, with the build of the start of
 * the session that commissioned them, 159/210 (three) at its end and when they were added
 * here, at the start of the next).
 *
 * A hedged claim within the hedge's tolerance of the stored figure is a match (the README's verdict
 * table; the development set labels "Nearly 21,000" for 20,722 and "Cirka 350" for 347 so). The
 * prompt of the blind batches gave "about 21,000" as its example of a claim that is only close, and
 * 19 claims were labelled close alone with a hedge ("Around 1,150 red deer" for 1.146), and 12 of
 * batch 20: they accept match or close (relabelled by a script that looks for hedge words, never by
 * a verdict; batch 20 before its first run). So, too, a bound that holds for the source's figure
 * is a match (the verdict table; the own suite labels "at least 2,400" for 2,448 and "Over 20.000"
 * for 20,722 so, the development drafts "more than 20,000"): 12 claims labelled close alone ("more
 * than 1,100 shops" for 1.150) accept match or close (relabelled when batch 39's failures were
 * read; each was read, and a bound the figure breaks, "over 15 hektar" for 14,6, kept its label).
 */
const FLOOR: Record<string, number> = {
  "aa-genslyngning": 0.91,
  "aaleudsaetning-langfjord": 0.88,
  "aarhus-cykeltyverier": 0.74,
  admissions: 0.68,
  aeldrepleje: 0.85,
  aftenskole: 0.74,
  airline: 0.85,
  "aldermoor-toll-bridge-charges": 0.77,
  "alssundbro-forsinkelse": 0.82,
  "ambleford-memory-cafe": 0.80,
  "ambulance-response-times": 0.82,
  "apple-harvest": 0.68,
  "ashcombe-tree-planting": 0.88,
  "ashgrove-phone-box-adoptions": 0.60,
  "autocamperpladser-klintrup-havn": 0.77,
  "badmintonklub-lindholt-100-aar": 0.80,
  bagerikaede: 0.82,
  "barn-owl-boxes": 0.85,
  "battery-grant": 0.77,
  "beach-cleanup": 0.82,
  "bellmere-time-capsule-opening": 0.74,
  besoegsvenner: 0.80,
  billund_passengers: 0.71,
  "biograf-renovering": 0.74,
  "bjoerneklo-noerreaadal": 0.85,
  "blood-donation": 0.82,
  "boegely-lindealle-faeldning": 0.80,
  boernehave: 0.91,
  bolig: 0.78,
  "bombefund-kragsted-havn": 0.65,
  bookshop: 0.77,
  "borgerbudget-kildevang": 0.80,
  "borgerservice-aabningstid-lerbaek": 0.74,
  "brackenford-market-hall-rents": 0.82,
  "bramwell-food-hygiene-ratings": 0.77,
  "brantwick-councillor-allowances": 0.85,
  "brayford-ward-boundary-review": 0.77,
  "bredsted-svoemmeproeve": 0.68,
  "brennock-council-cyber-attack": 0.71,
  brewery: 0.88,
  "brindlecombe-cricket-pavilion": 0.80,
  "brockwater-otter-survey": 0.77,
  budget: 0.90,
  "burnside-reservoir-fishing-permits": 0.74,
  "bus-driver-shortage": 0.88,
  bydel: 0.77,
  byggesager: 0.71,
  "calderwick-crossing-patrols": 0.85,
  "canal-towpath-upgrade": 0.71,
  "car-sharing": 0.82,
  "carnsworth-market-street-sinkhole": 0.74,
  "carradale-primary-asbestos-removal": 0.74,
  "carrigmore-dog-licences": 0.77,
  "carrow-sands-whale-stranding": 0.71,
  "castlebridge-cctv-upgrade": 0.65,
  "cemetery-extension": 0.88,
  "christmas-market": 0.85,
  "cinema-chain": 0.82,
  "climbing-centre": 0.68,
  "cobbleford-horse-fair": 0.82,
  "coldharbour-blue-plaques": 0.74,
  "community-orchard": 0.85,
  "community-pub": 0.80,
  "community-radio": 0.85,
  "corrington-abandoned-vehicles": 0.82,
  "county-show-record": 0.82,
  crime: 0.85,
  "crossfell-tractor-run": 0.82,
  // (lowered by a claim: "Roughly 29,000 journeys" for 31,200, labelled close, is no rounding of it: hedge-not-rounding)
  "cycle-hire": 0.85,
  "cycling-race": 0.82,
  "cykelsti-hvidmose-egeslev": 0.94,
  "dance-school": 0.74,
  "debt-advice-surge": 0.82,
  "dental-waiting-list": 0.77,
  "drumcaslin-mart-record": 0.85,
  "dry-stone-walls": 0.77,
  "dunford-bus-gate-fines": 0.74,
  "dunleigh-town-crier-championship": 0.71,
  "dunmarsh-stray-cat-scheme": 0.85,
  dyreklinik: 0.91,
  "e-scooters": 0.82,
  // ("The company added 160 employees": "voksede med 160" is now read as how many more, and "added" is
  // no verb of change in the lexicon — as a concept of rising it made "the scheme added £21,250" no gift)
  earnings: 0.76,
  "eastholme-volunteer-drivers": 0.82,
  "eastwold-tide-mill": 0.88,
  "egvig-traeskibstraef": 0.82,
  // (lowered by a claim: "The bank loan must be paid back over 25 years" — "a grant" is now a sum
  // given, and "repayable over 15 years", set off after the loan, is read as the sentence's subject's)
  "ellerby-community-shop": 0.82,
  "ellesmoor-in-bloom-gold": 0.80,
  "energy-saving": 0.82,
  "erhvervsgrunde-sejlby": 0.80,
  "esbjerg-vandtab": 0.85,
  "facadepulje-broendvig": 0.80,
  "faellesspisning-oesterby-forsamlingshus": 0.74,
  "farnleigh-community-lottery-first-year": 0.62,
  "fastelavn-hjortboelle": 0.82,
  "fellbridge-birth-centre-overnight": 0.91,
  "fenwick-moss-peat-rewetting": 0.71,
  "ferncliffe-bowls-green": 0.77,
  "fernwick-robotics-funding": 0.82,
  ferry: 0.88,
  "fibernet-landdistrikter": 0.80,
  // (lowered from 0.88: "Brandvæsenet rykkede ud 2.314 gange" now counts call-outs as well as
  // times, and a claim of a share of the call-outs, "35.1 percent of all call-outs", meets another
  // fact of call-outs; it had been right only because no fact counted call-outs)
  "fire-brigade": 0.85,
  fiskekvote: 0.85,
  "fjernvarme-pris": 0.85,
  "fjordby-ladestandere": 0.82,
  "fjordlys-bryghus-eksport": 0.77,
  "fjordsted-kulturnat": 0.77,
  "flagalle-lindeslev": 0.71,
  "flood-defence": 0.77,
  "flu-vaccination": 0.62,
  "folkemoede-brandstrup": 0.77,
  "fond-uddeling": 0.80,
  "football-club": 0.85,
  "foster-carers": 0.68,
  "frivillig-brandvaern": 0.88,
  gadebelysning: 0.68,
  "gasnet-lukning-hedeslev": 0.82,
  "genbrugsbutik-omsaetning": 0.80,
  genbrugsplads: 0.77,
  "genbrugsplads-udvidelse": 0.85,
  "girls-choir": 0.77,
  "golf-club-membership": 0.88,
  "graffiti-removal": 0.80,
  "gratis-skolemad": 0.74,
  "gravhoeje-skader-oesthammer": 0.68,
  "greyhollow-almshouses-restoration": 0.74,
  "greyport-litter-fines": 0.74,
  "groedeskaering-hylleaa": 0.77,
  grondal_milk: 0.82,
  "grundskyld-fjordvang-kommune": 0.74,
  "gylleudslip-smedeaaen": 0.77,
  "gymnastikopvisning-rosenmark": 0.88,
  "hal-tag": 0.85,
  "halbury-colliery-band-contest": 0.65,
  "hallowmoor-pony-deaths": 0.85,
  "harbour-dredging": 0.80,
  "harewood-zoo-record-year": 0.80,
  "harnby-scarecrow-festival": 0.82,
  "harnford-night-shelter": 0.88,
  "harrowdale-sheepdog-trials": 0.82,
  "hartley-bakery-expansion": 0.91,
  "harwick-verge-mowing-trial": 0.74,
  "hatherton-public-health-funerals": 0.57,
  havnebad: 0.82,
  "havoerredkonkurrence-glimhoved": 0.74,
  "hedgehog-rescue": 0.82,
  "hegnssyn-sager-lyngborg": 0.80,
  "helaarsbeboelse-sommerhuse-klitmark": 0.82,
  "hensford-heritage-railway": 0.80,
  "hexley-parkrun-tenth-birthday": 0.68,
  "hjertestarter-netvaerk": 0.80,
  "hjortsoe-braendeovnspulje": 0.74,
  "hobjerg-gasvaerksgrund-oprensning": 0.85,
  "hoens-i-haven": 0.71,
  "holbeck-warm-spaces-extension": 0.68,
  holiday: 0.85,
  "hollingford-blue-badge-misuse": 0.57,
  "hollins-bridge-closure": 0.88,
  "hollowmere-pigeon-race": 0.85,
  "hornsted-sommerjob-unge": 0.82,
  "hospice-appeal": 0.80,
  "hospital-parking": 0.85,
  "hospital-scanner": 0.82,
  hospital_waiting: 0.71,
  "hugormebid-stensig-klitplantage": 0.71,
  "hvidsted-vaerft-faergeordre": 0.82,
  "iltsvind-hornfjord": 0.62,
  "island-ferry": 0.82,
  "it-hjaelp-seniorer-kaldbaek": 0.85,
  // ("Kvinderne udgjorde tidligere kun 12 procent af de nye jægere": "af de nye jægere" is of hunters, as
  // the source's 28 and 19 percent are, since a stop word that describes a noun no longer ends the phrase)
  jagtproeve: 0.80,
  jazzfestival: 0.85,
  "jordfordeling-bredmose-aa": 0.82,
  "juletrae-salg": 0.80,
  "kabellaegning-hoejspaendingsmaster-vibaek": 0.82,
  "kaerbaek-bogbus": 0.88,
  "kaerholm-motorcykeltraef": 0.80,
  "kanosaeson-haldrup-aa": 0.80,
  kantine: 0.77,
  kartofler: 0.88,
  "kelbrook-chimney-demolition": 0.80,
  "kelsbury-empty-homes-premium": 0.71,
  "kelthorpe-tourist-information-centre": 0.82,
  "kestlemoor-by-election": 0.74,
  "kettleby-level-crossing-upgrade": 0.74,
  "kilbrannan-air-quality": 0.85,
  "kilnworth-escape-room": 0.77,
  "kirkby-ashwell-church-lead-theft": 0.77,
  "kirkcaldy-food-bank": 0.82,
  "kirke-restaurering": 0.77,
  "kirkeklokker-restaurering": 0.71,
  "kirkhallow-visitor-levy": 0.68,
  "kirkmoor-citizenship-ceremonies": 0.68,
  "kirtlebury-lorry-weight-limit": 0.77,
  "kite-festival": 0.77,
  "klitby-sommerhuskloakering": 0.88,
  "klitrose-is-udvidelse": 0.80,
  "kloeverup-gymnasium-naturfagshus": 0.77,
  "knitting-blankets": 0.74,
  "koereproever-aalborg": 0.88,
  "kolonihave-optaelling": 0.80,
  "kolonihave-venteliste": 0.91,
  "kommunal-musikskole": 0.80,
  "konfirmandtal-lindskov-provsti": 0.71,
  "kongebesoeg-vejlstrup": 0.85,
  korall_layoffs: 0.80,
  "kragsoe-badevand": 0.85,
  "krematorium-udvidelse": 0.85,
  "kronvildt-optaelling": 0.91,
  "krydstogtsaeson-noerhavn": 0.80,
  kunstauktion: 0.80,
  "kunstgraesbaner-granulat-hedelund": 0.71,
  "kunstmuseum-besoeg": 0.94,
  "landsbypedel-soenderhede": 0.82,
  "lanthorne-stile-replacement": 0.74,
  layoffs: 0.82,
  "lektiecafeer-noerreby": 0.82,
  "library-loans": 0.62,
  "lifeboat-annual-report": 0.80,
  "lifeboat-station": 0.74,
  "lighthouse-restoration": 0.82,
  "livreddere-vestersand-saeson": 0.77,
  "local-newspaper": 0.88,
  lokalarkiv: 0.77,
  loppemarked: 0.91,
  "ludworth-ploughing-match": 0.51,
  "lunderup-travbane-regnskab": 0.85,
  "lundholm-omfartsvej-trafiktal": 0.85,
  "lyngdal-trivselsmaaling": 0.77,
  "lyngvad-klimaregnskab": 0.85,
  lystbaadehavn: 0.82,
  "marcliffe-fireworks-display": 0.88,
  "mardenhall-town-hall-organ": 0.68,
  "marlbeck-tennis-floodlights": 0.82,
  "marrowby-station-lifts": 0.74,
  "marshfold-beaver-release": 0.71,
  "menighedsraadsvalg-tjoernsted": 0.68,
  "mens-shed": 0.88,
  "mobilforbud-bjerringholm-skoler": 0.80,
  "model-railway-show": 0.85,
  "moesby-tankstation-lukker": 0.77,
  "mollerup-friskole-elevtal": 0.80,
  "moorlink-bus-punctuality": 0.71,
  "mosekaer-svinestald-udvidelse": 0.94,
  "motocross-stoej": 0.77,
  museum: 0.86,
  "mushroom-farm": 0.88,
  "music-festival": 0.91,
  "muslingeanlaeg-hejreby-fjord": 0.91,
  "natteravne-vestkoebing": 0.54,
  naturlegeplads: 0.71,
  "naturpleje-strandeng": 0.77,
  "nedrivningspulje-vesteraa": 0.80,
  "netherby-st-clare-open-gardens": 0.77,
  "norwich-tree-planting": 0.77,
  "nyt-logo-morbjerg-kommune": 0.82,
  "oakhurst-gp-merger": 0.88,
  observatory: 0.85,
  "ockbridge-pedestrianisation-trial": 0.82,
  "odense-harbour-marathon": 0.74,
  "oesterlund-skaterpark": 0.91,
  // (one claim under its floor since 8f98fab: "Orkestrets uddannelsesfond rummer i dag godt 2 mio.
  // pund" — the £2.1 million is now the education fund's, which the claim's compound does not tie)
  "orchestra-tour": 0.77,
  "ormoe-befolkning": 0.91,
  "oxleigh-white-horse-rechalking": 0.82,
  paddetunnel: 0.91,
  "padelbaner-strandhoej": 0.80,
  "parking-fees": 0.74,
  pasfornyelse: 0.80,
  "pebblecombe-ice-cream-van-pitches": 0.57,
  "pelstow-cliff-path-diversion": 0.74,
  "pendlebrook-weir-hydro-share-offer": 0.74,
  "penhallow-busking-permits": 0.88,
  "pennock-phone-mast": 0.82,
  "pier-restoration": 0.82,
  "poelsevogn-jubilaeum": 0.85,
  "politi-rekruttering": 0.74,
  "postbutik-lukning": 0.91,
  "pothole-repairs": 0.82,
  "pottery-festival": 0.82,
  "private-faellesveje-holmvang": 0.80,
  "public-toilets": 0.80,
  "quarry-expansion": 0.74,
  "randers-sprogcenter": 0.80,
  "ravsaeson-vesterhede": 0.85,
  "rengoering-hjemtagelse-kloevborg": 0.82,
  "repair-cafe": 0.91,
  // (lowered by a claim: "Med en ekstra session … 24 sessioner om året" was tied to its fact only
  // by the rate, "om året", no topic since 6f824ce)
  "repair-cafe-landfill": 0.71,
  retssag: 0.81,
  "reykjavik-chess": 0.74,
  rideskole: 0.80,
  "ridgemoor-cattle-grid-replacement": 0.62,
  ringridning: 0.82,
  // (lowered by a claim: "Speed limits of 30 km/h" against "40 km/t-zoner" — speed limits are a term
  // of the lexicon now, and the source's zones are none of it)
  "road-safety": 0.71,
  "roedmose-hundeskov": 0.88,
  "romo-turistsaeson": 0.80,
  rottebekaempelse: 0.88,
  "rowing-club": 0.82,
  "rundkoersel-skulptur-hyldeby": 0.82,
  "rural-broadband": 0.80,
  "sallowfield-war-memorial-names": 0.80,
  "saltby-community-fridge": 0.71,
  "saltcombe-chip-shop-award": 0.65,
  "saltmere-beach-hut-auction": 0.82,
  "saltvig-vandscooter-forbud": 0.85,
  "sandager-mtb-spor": 0.77,
  "sandholme-caravan-park": 0.80,
  "sankthansbaal-forbud-tornbaek": 0.94,
  "sawmill-expansion": 0.91,
  "school-budget": 0.88,
  "science-prize": 0.82,
  "sheep-farm": 0.80,
  "shelterpladser-egholt-skov": 0.74,
  shipping: 0.88,
  "silkeborg-bondemarked": 0.88,
  "skaersoe-opfiskning-brasen": 0.82,
  "skelmouth-gull-nest-removal": 0.71,
  "sketchley-roman-hoard": 0.85,
  "skoejtebane-torvet": 0.77,
  skolebudget: 0.86,
  "skolehaver-vestby": 0.82,
  "skorstensfejer-ventetid": 0.88,
  "skovlyng-if-pantindsamling": 0.71,
  snow: 0.82,
  "soeholt-strandhotel-lokalplan": 0.94,
  "soelvkaer-biogas-lugtklager": 0.77,
  "soendervang-ferieaktiviteter": 0.71,
  "solar-panels": 0.80,
  "solvig-raadhus-salg": 0.91,
  // (lowered by two claims: "Fusionen skal spare omkring 5 mio. kr. om året" and "forrentes med 3,5
  // procent om året" were tied to their facts only by the rate, no topic since 6f824ce)
  "sparekasse-fusion-raevlund": 0.77,
  spejderlejr: 0.82,
  sport: 0.86,
  "sports-hall": 0.85,
  "stanwick-shopping-trolley-charges": 0.82,
  "stavenham-academy-a-level-results": 0.60,
  "stenhoej-radonmaalinger": 0.68,
  "stenrev-hvidsand-fjord": 0.91,
  "stensboelle-sogneindsamling": 0.80,
  "stockmoor-term-time-absence-fines": 0.62,
  "stoddington-cheese-rolling": 0.62,
  "stoejskaerm-rylund-motorvej": 0.82,
  "stonebeck-well-dressing": 0.82,
  storm: 0.78,
  "stourfield-magistrates-court-closure": 0.88,
  "straatag-mangel": 0.82,
  "strathbrae-salmon-counter": 0.91,
  studieboliger: 0.74,
  "summer-carnival": 0.91,
  sundhed: 0.78,
  supermarket: 0.85,
  "swimming-pool-reopening": 0.74,
  "swimming-pools": 0.88,
  "sygefravaer-bramsvig-kommune": 0.65,
  "tamsford-nightclub-licence-review": 0.77,
  "tandpleje-aeldre": 0.80,
  // (lowered by a claim: "A memorial bench in Tanfield will cost £1,480 from April" had matched a
  // later sentence's sum that took the benches of the sentence before; the sum is no longer theirs,
  // and the £1,480 of the headline's sentence is drafted as the parks')
  "tanfield-memorial-benches": 0.80,
  "tarrowby-village-green-inquiry": 0.94,
  "tarsvig-e-sport": 0.85,
  "taxi-licences": 0.77,
  "theatre-audience": 0.85,
  "thornfold-farm-bird-flu": 0.85,
  "thornleigh-bandstand-restoration": 0.65,
  "thrushbury-town-gift-card": 0.71,
  "tjoernelund-laegemangel": 0.80,
  "tjoernholm-skole-lukning": 0.82,
  "tollerby-balloon-fiesta": 0.80,
  "tomme-butikker": 0.71,
  "torvets-ombygning": 0.68,
  "town-clock": 0.80,
  "town-twinning": 0.71,
  "train-punctuality": 0.71,
  "trampolinpark-hoersloev": 0.91,
  transport: 0.72,
  "trelowen-lithium-test-drilling": 0.94,
  "tvangsauktioner-egsmark": 0.65,
  "ukrudt-hedvand-roerslev": 0.80,
  "ulveflok-hesselmark": 0.91,
  "ungdomsklub-broendhoej": 0.80,
  "unge-uden-job-uddannelse": 0.80,
  "uniform-exchange": 0.74,
  vadehavet_birds: 0.88,
  // (lowered by a claim: "Vandrerhjemmets belægningsprocent var sidste år 64 procent", which the
  // source does not give, is now wrong against another year's 46 per cent, its digits in another order)
  "vandrerhjem-udvidelse": 0.80,
  vandrerute: 0.77,
  "vandtaarn-ombygning-kirkely": 0.74,
  "vejnavne-lindmose": 0.80,
  "vestbjerg-minkavl-genstart": 0.80,
  "vesterlund-banegaard-kulturhus": 0.65,
  "vestermarke-skolebusruter": 0.85,
  "vestpension-annual-return": 0.85,
  "vikartimer-egebjerg-skoler": 0.65,
  vikingecenter: 0.91,
  "vildtulykker-hjelmsted": 0.77,
  "village-hall-appeal": 0.85,
  "village-pond": 0.68,
  // (lowered by a claim: "Møllerne skal producere cirka 130 GWh": "vil parken producere" is now
  // the park's, a park since 7b4563b, not the turbines')
  vind: 0.82,
  "vineyard-harvest": 0.85,
  "vinterbadeklub-sauna-hvidklint": 0.77,
  vinterfugletaelling: 0.85,
  "vragfund-skelvig-havn": 0.68,
  waitlist: 0.91,
  waste: 0.85,
  water: 0.88,
  "wedding-registrations": 0.68,
  "wendlesham-pharmacy-closure": 0.80,
  "west-arden-home-education-rise": 0.65,
  "westcombe-dialect-dictionary": 0.77,
  // (lowered by a claim: "the trust raised £2,400,000 last year" had matched the £2.4m that took
  // the dogs of the sentence before; now drafted as of the year, it is tied to another sum)
  "wetherbrook-guide-dog-puppy-raisers": 0.74,
  "wexcombe-duck-race": 0.68,
  "whitmoor-lost-property": 0.80,
  "wickenham-street-pianos": 0.71,
  wildfire: 0.88,
  wildfire_andalusia: 0.88,
  "wiltshire-honey-harvest": 0.88,
  "wind-farm": 0.80,
  windfarm: 0.85,
  "wrenford-conker-championship": 0.80,
  "wrexley-youth-referee-shortage": 0.82,
  "wyford-archery-range": 0.77,
  zoo: 0.88,
};
/** The critical errors some documents still have (each a known defect); any other must have none. */
const CRITICAL: Record<string, number> = {
  // "mindst 500 nye studerende står uden fast bolig" against "more than 1,000": a minimum that
  // holds, labelled a mismatch (the verdict table's bound-understates starts below half)
  admissions: 1,
  // (batch 53: "comes bottom of the county's 11 districts", against "ranks ninth of the county's 11
  // districts", passes on its 11; "The room at Ambleford Library can hold up to 30 people", which
  // the source does not say, holds against "a dozen people a week")
  "ambleford-memory-cafe": 2,
  // (batch 29, added unread)
  "apple-harvest": 1,
  // (batch 68) "Community groups have applied to adopt 22 of the kiosks": the 22 boxes with no
  // adopter; "removed the unwanted boxes by the end of September" against the 12 months to January
  "ashgrove-phone-box-adoptions": 2,
  // (batch 65) "When the capsule was buried, the school had 212 pupils on its roll": the 212 pupils
  // who wrote letters; the roll was 230 children
  "bellmere-time-capsule-opening": 1,
  // ("The new events space will seat 35 people")
  bookshop: 1,
  // (batch 59) "Hele 27 forslag blev sendt til afstemning" (27 proposals came in; 14 went to the
  // vote)
  "borgerbudget-kildevang": 1,
  // (batch 65) "Lerbæk will have the shortest opening hours of the region's seven municipalities":
  // the source says "den næstkorteste", and the 22 hours tie
  "borgerservice-aabningstid-lerbaek": 1,
  // (batch 39, added unread)
  "brackenford-market-hall-rents": 2,
  // "Budgettet for 2025/26 indeholder besparelser på 3,8 mio. pund": the budget gap's £3.8m, the
  // savings are £2.1m (batch 51)
  "brantwick-councillor-allowances": 1,
  // (batch 69) "Året før kunne 17 procent ikke svømme 200 meter": the national 17 procent, whose
  // words tie it better than the year before's 19,8 procent ("Året før var andelen 19,8 procent")
  "bredsted-svoemmeproeve": 1,
  // "The free credit monitoring offered to affected residents runs for two years": tied by its
  // figure alone to "spent on security over the next two years"; the monitoring runs a year (batch 64)
  "brennock-council-cyber-attack": 1,
  // ("The fieldwork was carried out by a team of 30 volunteers": the 30 more the trust wants to
  // recruit; "another" and "further" are not read as how many more, which as a try lost seven claims)
  "brockwater-otter-survey": 1,
  // ("Northvale stocked the reservoir with 9,000 trout last year": the 9,000 it will stock this spring,
  // "against 4,500 last year"; the value compared with is dated, the one it is compared to is not)
  "burnside-reservoir-fishing-permits": 1,
  // (batch 32, added unread)
  byggesager: 1,
  // ("the second Northshire town … in the last 18 months": "second" is no rank read, the 18 months
  // match)
  "castlebridge-cctv-upgrade": 1,
  // (batch 65) "Millbrook recorded 238 reports, more than any other ward": Eastfield's 238, in a
  // sentence whose "followed by Millbrook with 171" the fact of 238 was drafted with
  "corrington-abandoned-vehicles": 1,
  // "Standard and Latin dance now attract 412 pupils": hip-hop's 412 in the same sentence (a swap)
  "dance-school": 1,
  // (batch 59) "sent 2,310 warning letters" (the 2,310 appeals, tied by its figure), "More than
  // 40 per cent of appeals … have succeeded" (held by "most of them")
  "dunford-bus-gate-fines": 2,
  // ("The NHS trust's share of the scheme's grant is £86,000": the whole grant of the council and
  // the NHS)
  "eastholme-volunteer-drivers": 1,
  // (batch 35, added unread)
  "ellerby-community-shop": 1,
  // "Ellesmoor Town Council put £18,450 towards this year's entry": what the entry cost; the
  // council gave £7,500 (batch 51)
  "ellesmoor-in-bloom-gold": 1,
  "energy-saving": 1,
  // (batch 59) "solgte mest erhvervsjord … i 2024" (the rank "næstflest" is no figure)
  "erhvervsgrunde-sejlby": 1,
  // ("Børn under 12 år betaler 41 kr. for et måltid": the 41 kr. the source says of the raw
  // ingredients per cover, tied by its number, the children's 35 kr. being a cost, not a payment)
  "faellesspisning-oesterby-forsamlingshus": 1,
  // ("Kommunen beholder 17 pence af hvert lod": the operator's 17p of the same sentence, given
  // anywhere, the council's 3p being of "administration" the claim's words do not tie; "Farnleigh
  // Hospice at Home topped the list … with £4,120": the football club's, both names opening with
  // the town's)
  "farnleigh-community-lottery-first-year": 2,
  // (batch 50, added unread)
  "fenwick-moss-peat-rewetting": 1,
  // (batch 30, added unread)
  "fibernet-landdistrikter": 1,
  fiskekvote: 1,
  "fjordlys-bryghus-eksport": 1,
  // "Sparekassen Østhedes Fond har bevilget 25.300 kr. til projektet": the 22 new flags' 25.300 kr.
  // of the sentence before, tied by its figure over the fund's 40.000 kr. its words tie (batch 64)
  "flagalle-lindeslev": 1,
  // (batch 59) "closed for an hour on Saturday afternoon" (the Saturday holds; the hour, against
  // the source's half hour, is not checked)
  "folkemoede-brandstrup": 1,
  gadebelysning: 1,
  // (batch 67) "144 husstande kan kobles på fjernvarmen": 144 are the households that cannot; the
  // fact of the 268 that can ("Af dem kan 268 …") counts heating, and the headline's 144 states the number
  "gasnet-lukning-hedeslev": 1,
  // (batch 60) "Arkæologerne besøgte 297 fredede fortidsminder" (386 visited; the 297 set off by
  // dashes after "gravhøje" are read as of the monuments), "I 31 tilfælde var skaderne forvoldt af
  // kreaturer" (nine; the ploughing's 31 cases, equally tied, though only the nine's quote names
  // the cattle)
  "gravhoeje-skader-oesthammer": 2,
  // "reviewed after 12 months" (the committee's 18 months; the 12 months of the notices' year
  // tied by its figure), "Some 423 of the fines were for dropping litter other than cigarette
  // ends" (1,004; the claim's number is the spitting fines'), "312 bøder er blevet annulleret"
  // (611 cancelled; 312 prosecuted, tied by its number)
  "greyport-litter-fines": 3,
  // ("Før det nuværende regulativ blev grøden skåret tre gange om året": the three a year the
  // landowners want, not the four of "Før 2016"; "Oprensningen af rørudløb og fjernelsen af
  // sandbanken vil koste 185.000 kr.": each cutting's 185,000, though the claim's words tie the
  // 75,000 of the work it names)
  "groedeskaering-hylleaa": 2,
  grondal_milk: 1,
  // (batch 67) "Abbey Street multi-storey had 23 cases": the 23 of the site "there" names in the
  // sentence before; Abbey Street came second with 14
  "hollingford-blue-badge-misuse": 1,
  // (batch 60) "Poul Erik Dam har fået 22 hektar tilbage" (19 came back; the 22 given away, of the
  // same sentence, is equally tied: "tilbage" and "væk" are not read)
  "jordfordeling-bredmose-aa": 1,
  // (batch 47, added unread)
  "kaerholm-motorcykeltraef": 1,
  // ("4,300 households were living in temporary accommodation": the 4,300 on the register and
  // the 900 of them in temporary accommodation are tied alike)
  "kelsbury-empty-homes-premium": 1,
  // ("The closure is expected to save the council £112,000 a year": the running cost, whose verb
  // the number outweighs; "Fem af de ansatte får tilbudt job i biblioteket": the five offered posts,
  // two of them in the library)
  "kelthorpe-tourist-information-centre": 2,
  // ("inden udgangen af juli": a bound the source's "by the end of June" keeps; "no more than
  // £12,500": a bound the £7,500 cap keeps, "caps claims … at £7,500" read as no bound)
  "kirkby-ashwell-church-lead-theft": 2,
  // (batch 30, added unread)
  "kirkeklokker-restaurering": 2,
  // ("An average confirmation now costs DKK 14,200": the 14.200 kr. given in gifts, given anywhere)
  "konfirmandtal-lindskov-provsti": 1,
  korall_layoffs: 1,
  // "Twenty-seven cruise ships called at Nørhavn last year": this season's 27, whose quote names
  // no year, when last year's 16 is of vessels
  "krydstogtsaeson-noerhavn": 1,
  // (batch 60) "Fodboldafdelingen i Hedelund IF har 24 hold i alt" (46; the 24 youth teams after
  // "heraf" are tied by the figure alone, "hold" being no term)
  "kunstgraesbaner-granulat-hedelund": 1,
  // ("The ramblers' survey counted 140 stiles in the parish as a whole": the 140 to be replaced, not
  // the parish's 227; "share the outstanding £52,500": the grant's £52,500, not the £33,500 left)
  "lanthorne-stile-replacement": 2,
  // "Elever uden for lektiecaféerne … forbedrede deres matematikgennemsnit med 1,4 karakterpoint": the
  // cafés' own pupils' 1.4 (the others' was 0.3); "uden for" is not read
  "lektiecafeer-noerreby": 1,
  // "Fyrtårnet er 68 fod højt": the light's 68 feet above the sea, tied by its figure (the
  // tower's 46 feet names a tower the lexicon does not know); "68 fod" was no measure before
  "lighthouse-restoration": 1,
  // ("I fjor … 43 gange": this season's 43, tied with last year's 29 of its quote)
  "livreddere-vestersand-saeson": 1,
  // (batch 32, added unread)
  lokalarkiv: 1,
  // "Sponsors contributed £4,200 towards the cost of the match" (the marquees' £4,200, tied by its
  // figure over the sponsors' £3,000)
  "ludworth-ploughing-match": 1,
  // (batch 40, added unread)
  "lunderup-travbane-regnskab": 1,
  // (batch 69) "Mardenhall council itself is contributing £620,000": the lottery grant's £620,000,
  // a fact the words tie less well that gives it exactly; "£450,000 from the council" names no actor
  "mardenhall-town-hall-organ": 1,
  // ("Liste B … endte med 682 stemmer", "List B took six of the seats": the letter of a list is
  // no name read; "Udskiftningen af kirkens blytag anslås at koste 6,8 mio. kr.": the budget's
  // 6,8 mio. kr., tied by its figure alone)
  "menighedsraadsvalg-tjoernsted": 3,
  // ("All fourteen school boards backed a joint ban": the 14 boards, of which eight backed it)
  "mobilforbud-bjerringholm-skoler": 1,
  // (batch 68) "Det valgte forslag A fik 23 procent": the 23 procent of forslag C, in the same
  // sentence
  "nyt-logo-morbjerg-kommune": 1,
  // "The winter before last, 37 per cent of sessions were lost to cloud": last winter's 37 per cent; "the winter before last" is not read
  observatory: 1,
  // ("Klubbens tennisafdeling har i dag 418 medlemmer": the club's 418 members of 2021)
  "padelbaner-strandhoej": 1,
  // ("52 complaints about ice cream vans last summer": a part of the 87, equally about it; "34
  // klager … sidste sommer": 2022's 34, "last summer" being read as no year)
  "pebblecombe-ice-cream-van-pitches": 2,
  // "Potters sold an estimated £440,000 worth of work", labelled close against "about £436,000":
  // two hedged figures within the tolerance are a match by the verdict table's stored-hedge-within
  "pottery-festival": 1,
  // (batch 67) "Kløvborg er den anden kommune …", against "den tredje": "anden" is read as no rank;
  // "Birgit Sørensen now has 18 minutes": the 18 is the time she had before ("mod 18 minutter")
  "rengoering-hjemtagelse-kloevborg": 2,
  // (batch 31, added unread)
  ringridning: 1,
  // (batch 50, added unread)
  "skaersoe-opfiskning-brasen": 2,
  // (batch 70) "The club spends around DKK 60,000 a year on referees and match fees": the 58.900 kr.
  // of the collection's first year, which the words tie less well, decides when they tie a
  // trailer's 24.500 kr. best
  "skovlyng-if-pantindsamling": 1,
  // "registreret 3.418 tilmeldinger" (9.745 registrations; 3.418 children, tied by its number)
  "soendervang-ferieaktiviteter": 1,
  // (batch 70) "Kommunen regner med at få op til 51.800 pund om året ind via gebyrerne": its words
  // tie no fact (the council is its subject, the £40,000 the officers expect is the charges'), so
  // the one fact that gives £51,800, the cost of recovering trolleys, decides
  "stanwick-shopping-trolley-charges": 1,
  // ("Mere end 100 elever mødte op til lørdagsundervisningen hver uge": the 148 with university
  // places, the sessions' "drew" being a draw; "Omkring 40 elever forventes at søge studiepladser":
  // the 41 with places at Russell Group universities)
  "stavenham-academy-a-level-results": 2,
  // "I den vestlige del af kommunen lå 19 procent af boligerne over grænsen": the whole
  // municipality's 19 per cent; the west's 11 is said of "det" (batch 51)
  "stenhoej-radonmaalinger": 1,
  // (batch 68) "Insurance for the day cost the organisers £22,600": tied by its figure to the
  // appeal's £22,600
  "stoddington-cheese-rolling": 1,
  // (batch 65) "Kommunens andel af regningen udgør 14 procent": tied by its figure to the 14 procent
  // of lorries; the municipality pays 20 procent
  "stoejskaerm-rylund-motorvej": 1,
  // "Stonebeck er en landsby med 2.870 indbyggere": the shuttle's 2,870 passengers; the village has 900 (batch 48)
  "stonebeck-well-dressing": 1,
  studieboliger: 1,
  // (batch 30, added unread)
  "swimming-pool-reopening": 2,
  // "Less than a third of the council's sickness absence is due to long-term sick leave": the
  // 5.6 per cent of working time, not "Over halvdelen af fraværet"
  "sygefravaer-bramsvig-kommune": 1,
  // (batch 59) "the highest of the seven district councils" (second-highest is no figure),
  // "about £400 per family" (a shared bench, which the source does not price)
  "tanfield-memorial-benches": 2,
  // "All 212 evidence questionnaires came from people living in Tarrowby parish": 187 of the 212
  // did (batch 64)
  "tarrowby-village-green-inquiry": 1,
  // "Members are aged between 9 and 21" (9 to 19; held by the mean age 13.4)
  "tarsvig-e-sport": 1,
  "theatre-audience": 1,
  // ("The protection zone … extends to 10km": the surveillance zone's 10km, set apart only by a
  // word of the claim's own; "completed within 48 hours", which the source does not say, against
  // "about 400 birds in two days")
  "thornfold-farm-bird-flu": 2,
  // (batch 68) "Balances … expire after 12 months": the first 12 months, tied by its figure; "£420
  // a week": £420 a month (a rate of money is not read)
  "thrushbury-town-gift-card": 2,
  // ("Gennemsnitsventetiden … er 19 hverdage": the 19 practices of 2015, the one fact giving 19, when
  // the nine and three weekdays leave the figure open)
  "tjoernelund-laegemangel": 1,
  // "Byrådet vedtog at lukke skolen med 16 stemmer mod 11": the opposition's motion "faldt" with
  // 16 to 11 (a fall, read as no rejection) (batch 51)
  "tjoernholm-skole-lukning": 1,
  // "cannot be safely inflated in winds above 15mph" (the 10mph limit; held by the 19mph reached)
  "tollerby-balloon-fiesta": 1,
  // (batch 31, added unread)
  "town-twinning": 1,
  // "Omkring hver femte af de tvangsauktionerede ejendomme var købt inden for de seneste tre år":
  // the 21 procent more auctions than the year before, tied by the figure it rounds (batch 64)
  "tvangsauktioner-egsmark": 1,
  // (batch 34, added unread)
  vandrerute: 2,
  // (batch 70) "Bakkegård vil begynde med 2.500 avlstæver": Karsten Møller's 2.500; Bakkegård, named
  // in the document's cast, is no rival to him
  "vestbjerg-minkavl-genstart": 1,
  // (batch 49, added unread)
  "vesterlund-banegaard-kulturhus": 1,
  // (batch 48, added unread)
  "vikartimer-egebjerg-skoler": 1,
  // "I dag er indsejlingen til Skelvig Havn 4,5 meter dyb": the wreck's "4,5 meters dybde", not
  // the entrance's "5,5 meter i dag"
  "vragfund-skelvig-havn": 1,
  // (batch 69) "Deltagerne skal være fyldt 16 år": tied by its figure to Ellie Brannigan, 16; the
  // source's "at least 14 years old" of its candidates is not tied
  "wrexley-youth-referee-shortage": 1,
};
const MIN_ACCURACY = 0.6;

const here = fileURLToPath(new URL(".", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "factcheck-newdocs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const docs = readdirSync(here)
  .filter((f) => f.endsWith(".claims.jsonl"))
  .map((f) => f.replace(/\.claims\.jsonl$/, ""));

function argsOf(name: string): { date?: string; title?: string } {
  let lines: string[] = [];
  try {
    lines = readFileSync(join(here, `${name}.args`), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  } catch {
    /* no arguments */
  }
  const out: { date?: string; title?: string } = {};
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === "--date") out.date = lines[++i];
    else if (lines[i] === "--title") out.title = lines[++i];
  }
  return out;
}

describe("unseen documents: extract with no hand editing, then check claims in both languages", () => {
  it("has documents in both languages", () => {
    expect(docs.length).toBeGreaterThanOrEqual(4);
    expect(docs.some((d) => readdirSync(here).includes(`${d}.en.txt`))).toBe(true);
    expect(docs.some((d) => readdirSync(here).includes(`${d}.da.txt`))).toBe(true);
  });

  for (const name of docs) {
    it(name, async () => {
      const file = readdirSync(here).find((f) => f === `${name}.en.txt` || f === `${name}.da.txt`)!;
      const lang = file.split(".")[1] as Lang;
      const args = argsOf(name);
      const dir = join(tmp, name);
      const copy = join(tmp, file);
      copyFileSync(join(here, file), copy);
      const raw = readFileSync(copy, "utf8");
      const draft = await extractFacts(raw, { id: name, lang, date: args.date, markdown: false });
      const yamlFile = `${dir}.yaml`;
      writeFileSync(yamlFile, draftYaml(draft, { id: name, title: args.title ?? draft.title ?? name, date: args.date ?? draft.date ?? "2000", textPath: file, source: file }));
      const fb = await loadFactBase([yamlFile]);
      const checker = new Checker(fb, buildTermIndex(fb, { lexicon: await loadLexicon() }), { judge: DEFAULT_JUDGE_OPTIONS });
      const items = parseJsonl(readFileSync(join(here, `${name}.claims.jsonl`), "utf8"));
      const scored = items.map((item) => scoreClaim(item, checker.checkBlock({ text: item.claim, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")));
      const s = summary(scored);
      const report = `${name}: ${(s.accuracy * 100).toFixed(1)}% (${s.ok}/${s.n}), critical ${s.critical}, false alarms ${s.falseAlarms}\n${s.failures.join("\n")}`;
      expect(s.critical, report).toBeLessThanOrEqual(CRITICAL[name] ?? 0);
      expect(s.accuracy, report).toBeGreaterThanOrEqual(FLOOR[name] ?? MIN_ACCURACY);
    });
  }
});
