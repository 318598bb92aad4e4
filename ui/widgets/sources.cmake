target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/emptystate.cpp ${CMAKE_CURRENT_LIST_DIR}/emptystate.h
    ${CMAKE_CURRENT_LIST_DIR}/healthdelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/healthdelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/healthbadge.cpp ${CMAKE_CURRENT_LIST_DIR}/healthbadge.h
    ${CMAKE_CURRENT_LIST_DIR}/healthstyle.cpp ${CMAKE_CURRENT_LIST_DIR}/healthstyle.h
    ${CMAKE_CURRENT_LIST_DIR}/hostkeyprompt.cpp ${CMAKE_CURRENT_LIST_DIR}/hostkeyprompt.h
    ${CMAKE_CURRENT_LIST_DIR}/inertitemviews.cpp ${CMAKE_CURRENT_LIST_DIR}/inertitemviews.h
    ${CMAKE_CURRENT_LIST_DIR}/labpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/plaintextlabels.cpp ${CMAKE_CURRENT_LIST_DIR}/plaintextlabels.h
    ${CMAKE_CURRENT_LIST_DIR}/prompter.cpp ${CMAKE_CURRENT_LIST_DIR}/prompter.h
    ${CMAKE_CURRENT_LIST_DIR}/sparkline.cpp ${CMAKE_CURRENT_LIST_DIR}/sparkline.h
    ${CMAKE_CURRENT_LIST_DIR}/textbutton.cpp ${CMAKE_CURRENT_LIST_DIR}/textbutton.h)
