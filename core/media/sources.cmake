target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mediaclients.cpp ${CMAKE_CURRENT_LIST_DIR}/mediaclients.h
    ${CMAKE_CURRENT_LIST_DIR}/mediaparsers.cpp ${CMAKE_CURRENT_LIST_DIR}/mediaparsers.h
    ${CMAKE_CURRENT_LIST_DIR}/mediatypes.h
    ${CMAKE_CURRENT_LIST_DIR}/pipelinemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/pipelinemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/pipelinetracker.cpp ${CMAKE_CURRENT_LIST_DIR}/pipelinetracker.h)
