target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/scheduleeditor.cpp ${CMAKE_CURRENT_LIST_DIR}/scheduleeditor.h
    ${CMAKE_CURRENT_LIST_DIR}/scrubcalendar.cpp ${CMAKE_CURRENT_LIST_DIR}/scrubcalendar.h
    ${CMAKE_CURRENT_LIST_DIR}/scrubspanel.cpp ${CMAKE_CURRENT_LIST_DIR}/scrubspanel.h)
