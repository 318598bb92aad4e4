target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/container.cpp ${CMAKE_CURRENT_LIST_DIR}/container.h
    ${CMAKE_CURRENT_LIST_DIR}/dockerclient.cpp ${CMAKE_CURRENT_LIST_DIR}/dockerclient.h
    ${CMAKE_CURRENT_LIST_DIR}/dockerparsers.cpp ${CMAKE_CURRENT_LIST_DIR}/dockerparsers.h
    ${CMAKE_CURRENT_LIST_DIR}/dockertransport.cpp ${CMAKE_CURRENT_LIST_DIR}/dockertransport.h
    ${CMAKE_CURRENT_LIST_DIR}/httpresponseparser.cpp ${CMAKE_CURRENT_LIST_DIR}/httpresponseparser.h
    ${CMAKE_CURRENT_LIST_DIR}/logdemuxer.cpp ${CMAKE_CURRENT_LIST_DIR}/logdemuxer.h)
target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/containermodel.cpp ${CMAKE_CURRENT_LIST_DIR}/containermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/containerstore.cpp ${CMAKE_CURRENT_LIST_DIR}/containerstore.h)
target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/containerlogs.cpp ${CMAKE_CURRENT_LIST_DIR}/containerlogs.h
    ${CMAKE_CURRENT_LIST_DIR}/futurewatch.h)
