"""Reading and writing other tools' formats: Genius XML domains and profiles, GMCR+ `.gmcr`
files, the KTAB/EUM CSV layouts and DEU III data. Each format lives in its own module and turns a
file into accord's own data (or back), with clear errors naming the file, field and fix."""
