# Copies law.json adding a "health" category (AVG art. 9: special
# categories of personal data), as a legal reviewer's edit would.
import json, sys
law = json.load(open(sys.argv[1]))
avg = next(l for l in law["laws"] if l["id"] == "AVG")
avg["taxa"].append({"id": "AVG-9-1", "name": "art. 9 lid 1",
                    "citation": "AVG art. 9 lid 1",
                    "shortDescription": "Special categories of personal data",
                    "fullDescription": "Processing of data concerning health is prohibited unless an exception of art. 9 lid 2 applies.",
                    "helpUri": "https://eur-lex.europa.eu/eli/reg/2016/679/oj"})
actions = {a: {"primary": "AVG-9-1", "taxa": ["AVG-9-1"]}
           for a in ("log", "export", "retain", "retain-period")}
law["categories"].append({"id": "health", "label": "health data",
                          "consentAllows": True,
                          "allowedPurposesWithoutConsent": [],
                          "defaultMaxRetentionDays": 30,
                          "actions": actions})
json.dump(law, open(sys.argv[2], "w"), indent=1)
