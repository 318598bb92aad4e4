target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/availability.cpp ${CMAKE_CURRENT_LIST_DIR}/availability.h
    ${CMAKE_CURRENT_LIST_DIR}/downsample.cpp ${CMAKE_CURRENT_LIST_DIR}/downsample.h
    ${CMAKE_CURRENT_LIST_DIR}/historycache.cpp ${CMAKE_CURRENT_LIST_DIR}/historycache.h
    ${CMAKE_CURRENT_LIST_DIR}/metricstypes.h
    ${CMAKE_CURRENT_LIST_DIR}/monitortablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/monitortablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/monthlytablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/monthlytablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheusclient.cpp ${CMAKE_CURRENT_LIST_DIR}/prometheusclient.h
    ${CMAKE_CURRENT_LIST_DIR}/promparsers.cpp ${CMAKE_CURRENT_LIST_DIR}/promparsers.h
    ${CMAKE_CURRENT_LIST_DIR}/statushistory.cpp ${CMAKE_CURRENT_LIST_DIR}/statushistory.h
    ${CMAKE_CURRENT_LIST_DIR}/uptimestore.cpp ${CMAKE_CURRENT_LIST_DIR}/uptimestore.h)
