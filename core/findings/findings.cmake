# Findings recorded by hand, from answers, merged; what a report still lacks.
target_sources(abcore PRIVATE
    findings/FindingService.h findings/FindingService.cpp
    findings/Readiness.h findings/Readiness.cpp
)
