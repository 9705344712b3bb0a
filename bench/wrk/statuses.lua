-- wrk script: counts answers by status and prints them with the latency percentiles as one JSON
-- line. WRK_IDS (comma-separated chart ids): instead of the URL given, every request asks for a
-- different PNG (no two alike within ~37,000), so each one renders. WRK_RETRY_AFTER=1: a
-- connection that gets a 503 waits its Retry-After seconds before its next request, as a polite
-- client would.
local ids = {}
for id in string.gmatch(os.getenv("WRK_IDS") or "", "[^,]+") do ids[#ids + 1] = id end
local honour = os.getenv("WRK_RETRY_AFTER") == "1"
local themes = { "light", "dark", "transparent" }
local VARIANTS = 81 * 11 * 3 * #ids * 2
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  threads[#threads + 1] = thread
end

local counter, pending = 0, 0
statuses = {}

local function pngRequest()
  local n = counter * 64 + tid
  counter = counter + 1
  -- 7919 is prime and shares no factor with VARIANTS, so m walks every variant once.
  local m = (n * 7919) % VARIANTS
  local width = 640 + 16 * (m % 81); m = math.floor(m / 81)
  local aspect = 1 + (m % 11) / 10; m = math.floor(m / 11)
  local theme = themes[(m % 3) + 1]; m = math.floor(m / 3)
  local id = ids[(m % #ids) + 1]; m = math.floor(m / #ids)
  local scale = (m % 2 == 1 and (n % 2 == 0)) and 2 or 1
  local height = math.floor(width / aspect + 0.5)
  return wrk.format("GET", string.format("/api/charts/%s/png?width=%d&height=%d&scale=%d&theme=%s",
    id, width, height, scale, theme))
end

if #ids > 0 then request = pngRequest end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if honour and status == 503 then
    pending = (tonumber(headers["retry-after"] or headers["Retry-After"]) or 1) * 1000
  end
end

-- Only when asked: a delay function makes wrk time every request's start.
if honour then
  function delay()
    local d = pending
    pending = 0
    return d
  end
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do total[k] = (total[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(total) do parts[#parts + 1] = string.format('"%d":%d', k, v) end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"statuses":{%s},"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},"latencyUs":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.0f}}\n',
    summary.requests, summary.duration, table.concat(parts, ","), e.connect, e.read, e.write,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean))
end
