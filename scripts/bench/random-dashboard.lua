-- wrk script: every request is the dashboard of a partner drawn at random from the generated program
-- (scripts/bench/generate: P-S00001 … P-S<PARTNERS>). Seeded per wrk thread (SEED + thread number), so a rerun
-- asks for the same sequence of partners. Environment: PARTNERS (default 10000), SEED (default 14), TOKEN (an
-- access token, sent as a bearer token), PAGE (default /partners/%s: %s is the partner id).
local partners = tonumber(os.getenv("PARTNERS") or "10000")
local seed = tonumber(os.getenv("SEED") or "14")
local page = os.getenv("PAGE") or "/partners/%s"
local token = os.getenv("TOKEN")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  math.randomseed(seed * 1000 + (number or 0))
  if token ~= nil and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

function request()
  return wrk.format("GET", string.format(page, string.format("P-S%05d", math.random(1, partners))))
end
