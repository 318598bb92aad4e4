# AI: the LiteLLM proxy's admin API.
target_sources(krynet_labsim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/litellmservice.cpp ${CMAKE_CURRENT_LIST_DIR}/litellmservice.h)
