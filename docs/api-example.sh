#!/usr/bin/env bash
# The JSON API with nothing but curl (and grep/sed): page through every pledge, log one with its
# source, correct it, retract it. Usage:
#   TRACKER=https://tracker.example.org TOKEN=<token from `npm run users -- token <email>`> bash docs/api-example.sh
# tests/integration/api-curl.test.ts runs this file against a real server.
set -euo pipefail
: "${TRACKER:?set TRACKER to the site, e.g. http://127.0.0.1:3000}"
: "${TOKEN:?set TOKEN to the API token of an editor}"

# 1. Every pledge, 500 at a time, following each page's "next" link until it is null.
url="$TRACKER/api/v1/pledges?limit=500"
pledges=0
pages=0
while [ -n "$url" ]; do
  page=$(curl -fsS "$url")
  pledges=$((pledges + $(printf '%s' "$page" | grep -o '"self":"/api/v1/pledges/[0-9]*"' | wc -l)))
  pages=$((pages + 1))
  url=$(printf '%s' "$page" | sed -n 's/.*"next":"\([^"]*\)".*/\1/p')
done
echo "paged $pledges pledges in $pages pages"

# 2. A new pledge with its source. The answer is the stored pledge; its id and version come first.
created=$(curl -fsS -X POST "$TRACKER/api/v1/pledges" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"donor":"Japan","recipient":"Ukraine","title":"Winter generators (curl)","category":"humanitarian","stage":"announced",
       "amount":"1,500,000","currency":"USD","announcedOn":"2024-11-05",
       "sources":[{"url":"https://example.org/curl-statement","publisher":"Ministry of Foreign Affairs",
                   "quote":"Japan will provide USD 1.5 million for generators."}]}')
id=$(printf '%s' "$created" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
version=$(printf '%s' "$created" | grep -o '"version":[0-9]*' | head -n 1 | cut -d: -f2)
echo "created $id at version $version"

# 3. A correction, carrying the version it starts from (a stale one is answered 409).
fixed=$(curl -fsS -X PATCH "$TRACKER/api/v1/pledges/$id" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"version\":$version,\"stage\":\"committed\",\"reason\":\"The ministry confirmed the commitment\"}")
version=$(printf '%s' "$fixed" | grep -o '"version":[0-9]*' | head -n 1 | cut -d: -f2)
echo "corrected $id to version $version"

# 4. Retracted, with the reason; the pledge and its history stay readable.
curl -fsS -o /dev/null -X DELETE "$TRACKER/api/v1/pledges/$id" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"reason":"Duplicate of an earlier entry"}'
echo "retracted $id"
