target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accesspage.cpp ${CMAKE_CURRENT_LIST_DIR}/accesspage.h
    ${CMAKE_CURRENT_LIST_DIR}/finishpage.cpp ${CMAKE_CURRENT_LIST_DIR}/finishpage.h
    ${CMAKE_CURRENT_LIST_DIR}/profilefiles.cpp ${CMAKE_CURRENT_LIST_DIR}/profilefiles.h
    ${CMAKE_CURRENT_LIST_DIR}/serverpage.cpp ${CMAKE_CURRENT_LIST_DIR}/serverpage.h
    ${CMAKE_CURRENT_LIST_DIR}/servicespage.cpp ${CMAKE_CURRENT_LIST_DIR}/servicespage.h
    ${CMAKE_CURRENT_LIST_DIR}/setupwizard.cpp ${CMAKE_CURRENT_LIST_DIR}/setupwizard.h)
