-- wrk script: POSTs one JSON body to a GraphQL endpoint.
--   wrk ... -s graphql.lua URL -- BODY_FILE [SLUG_COUNT]
-- With SLUG_COUNT, every request replaces __SLUG_NUMBER__ in the body with a number in 1..SLUG_COUNT,
-- drawn from a generator seeded per thread, so every run asks for the same article sequence.
-- done() prints one JSON line that report.py reads.

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local body_template
local slug_count = 0
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

function init(args)
  local file = assert(io.open(args[1], "r"))
  body_template = file:read("*a")
  file:close()
  slug_count = tonumber(args[2] or "0")
  math.randomseed(seed)
end

function request()
  local body = body_template
  if slug_count > 0 then
    body = body_template:gsub("__SLUG_NUMBER__", tostring(math.random(1, slug_count)))
  end
  return wrk.format("POST", nil, headers, body)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "errors_connect": %d, "errors_read": %d, ' ..
    '"errors_write": %d, "errors_status": %d, "errors_timeout": %d, "latency_p50_us": %d, ' ..
    '"latency_p90_us": %d, "latency_p99_us": %d, "latency_max_us": %d, "latency_mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, errors.connect, errors.read, errors.write,
    errors.status, errors.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean))
end
