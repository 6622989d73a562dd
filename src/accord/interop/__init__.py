"""Reading and writing other tools' formats: Genius XML domains and profiles, GMCR+ `.gmcr`
files, the KTAB/EUM CSV layouts, DEU III data, ACLED-layout incident CSVs, ClaimReview JSON-LD for
contradictions and PA-X-style agreement CSVs. Each format lives in its own module and turns a
file into accord's own data (or back), with clear errors naming the file, field and fix."""
