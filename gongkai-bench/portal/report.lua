-- wrk: one line per run with what wrk --latency does not print (p95) and the failures, for bench-portal.sh to read.
-- With SEARCH_PATH and QUERIES_FILE set, requests cycle through the queries: GET SEARCH_PATH .. query.
local queries = nil
local base = os.getenv("SEARCH_PATH")
local i = 0

if base ~= nil then
  queries = {}
  for line in io.lines(os.getenv("QUERIES_FILE")) do
    if line ~= "" then
      table.insert(queries, line)
    end
  end
  request = function()
    i = i + 1
    return wrk.format("GET", base .. queries[(i % #queries) + 1])
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT p50=%.3f p95=%.3f p99=%.3f rps=%.1f requests=%d non2xx=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout))
end
