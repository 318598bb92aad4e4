target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demolab.cpp ${CMAKE_CURRENT_LIST_DIR}/demolab.h)
