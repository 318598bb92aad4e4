target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/fallbacksecretstore.cpp ${CMAKE_CURRENT_LIST_DIR}/fallbacksecretstore.h
    ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.cpp ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.h
    ${CMAKE_CURRENT_LIST_DIR}/memorysecretstore.cpp ${CMAKE_CURRENT_LIST_DIR}/memorysecretstore.h
    ${CMAKE_CURRENT_LIST_DIR}/secretkeys.cpp ${CMAKE_CURRENT_LIST_DIR}/secretstore.h)
