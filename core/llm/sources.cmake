target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/credentialtreemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/credentialtreemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/keyrotation.cpp ${CMAKE_CURRENT_LIST_DIR}/keyrotation.h
    ${CMAKE_CURRENT_LIST_DIR}/litellmclient.cpp ${CMAKE_CURRENT_LIST_DIR}/litellmclient.h
    ${CMAKE_CURRENT_LIST_DIR}/llmmodeltable.cpp ${CMAKE_CURRENT_LIST_DIR}/llmmodeltable.h
    ${CMAKE_CURRENT_LIST_DIR}/llmparsers.cpp ${CMAKE_CURRENT_LIST_DIR}/llmparsers.h
    ${CMAKE_CURRENT_LIST_DIR}/llmstore.cpp ${CMAKE_CURRENT_LIST_DIR}/llmstore.h
    ${CMAKE_CURRENT_LIST_DIR}/llmtypes.h
    ${CMAKE_CURRENT_LIST_DIR}/spendseries.cpp ${CMAKE_CURRENT_LIST_DIR}/spendseries.h
    ${CMAKE_CURRENT_LIST_DIR}/virtualkeymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/virtualkeymodel.h)
