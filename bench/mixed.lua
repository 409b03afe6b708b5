-- wrk script: each request takes the next URL of a mixed set, as a newsroom's traffic would.
local paths = {
  "/api/v1/authorities/barnet",
  "/api/v1/authorities?region=london",
  "/api/v1/authorities",
  "/api/v1/indicators/children-in-need/values?year=2025&level=authority&pageSize=200",
  "/api/v1/indicators/section-47-enquiries/values?level=national",
  "/api/v1/authorities/barnet/indicators/child-protection-plans",
  "/api/v1/authorities/E08000037/indicators/children-looked-after-rate",
  "/api/v1/authorities/barnet/inspections",
  "/api/v1/inspections?framework=sif&overallEffectiveness=inadequate",
  "/api/v1/spending?year=2025&category=children-looked-after&sort=-amount",
  "/api/v1/indicators",
  "/api/v1/regions",
  "/api/v1/meta",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
