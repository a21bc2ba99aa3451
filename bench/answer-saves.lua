-- wrk script for the answer-save benchmark (bench/assessment-benchmark.sh). Run wrk with one
-- connection per thread (-t N -c N): each thread is one autosaving inspector on its own prompt
-- record, and sends each answer based on the revision its previous save returned.
-- PATHS names a file of prompt paths (one per line); OFFSET skips that many lines first.
-- YJINSPECT_TOKEN is the personal access token every request carries (yjinspect token create).
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local offset = tonumber(os.getenv("OFFSET") or "0")
local token = os.getenv("YJINSPECT_TOKEN")
if token == nil or token == "" then error("set YJINSPECT_TOKEN to a personal access token (yjinspect token create)") end
local authorization = "Bearer " .. token
local created = 0
local threads = {}

function setup(thread)
  created = created + 1
  threads[created] = thread
  thread:set("path", paths[offset + created])
end

revision = 0
flip = 0
refused = 0

function request()
  flip = 1 - flip
  local body = string.format('{"answer": "%s", "baseRevision": %d}', flip == 1 and "yes" or "no", revision)
  return wrk.format("PUT", path, {["Content-Type"] = "application/json", ["Authorization"] = authorization}, body)
end

function response(status, headers, body)
  local saved = body:match('"saved"%s*:%s*{.-"revision"%s*:%s*(%d+)')
  if status == 200 and saved then
    revision = tonumber(saved)
  else
    refused = refused + 1
    local current = body:match('"revision"%s*:%s*(%d+)')
    if current then revision = tonumber(current) end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("refused") end
  io.write(string.format("answer saves: %d in %.1f s = %.0f saves/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
      .. " refused or failed: %d\n", summary.requests - total, summary.duration / 1e6,
      (summary.requests - total) / (summary.duration / 1e6), latency:percentile(50) / 1e3,
      latency:percentile(99) / 1e3, latency.max / 1e3, total + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
