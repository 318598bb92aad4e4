# Monitoring: Uptime Kuma, Prometheus (PromQL subset), the generated monitor and host histories.
target_sources(krynet_labsim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/metricstore.cpp ${CMAKE_CURRENT_LIST_DIR}/metricstore.h
    ${CMAKE_CURRENT_LIST_DIR}/monitorhistory.cpp ${CMAKE_CURRENT_LIST_DIR}/monitorhistory.h
    ${CMAKE_CURRENT_LIST_DIR}/monitoringservices.cpp ${CMAKE_CURRENT_LIST_DIR}/monitoringservices.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheusservice.cpp ${CMAKE_CURRENT_LIST_DIR}/prometheusservice.h
    ${CMAKE_CURRENT_LIST_DIR}/promql.cpp ${CMAKE_CURRENT_LIST_DIR}/promql.h
    ${CMAKE_CURRENT_LIST_DIR}/uptimekumaservice.cpp ${CMAKE_CURRENT_LIST_DIR}/uptimekumaservice.h)
