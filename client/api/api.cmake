# Typed requests and responses (client/api): target_sources(cpclient PRIVATE ...)
target_sources(cpclient PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/api.h
    ${CMAKE_CURRENT_LIST_DIR}/codec.h
    ${CMAKE_CURRENT_LIST_DIR}/profiletable_p.h
    ${CMAKE_CURRENT_LIST_DIR}/shapes_domain.cpp ${CMAKE_CURRENT_LIST_DIR}/shapes_domain.h
    ${CMAKE_CURRENT_LIST_DIR}/shapes_integration.cpp ${CMAKE_CURRENT_LIST_DIR}/shapes_integration.h
    ${CMAKE_CURRENT_LIST_DIR}/shapes_objecttype.cpp ${CMAKE_CURRENT_LIST_DIR}/shapes_objecttype.h
    ${CMAKE_CURRENT_LIST_DIR}/shapes_profile.cpp ${CMAKE_CURRENT_LIST_DIR}/shapes_profile.h
    ${CMAKE_CURRENT_LIST_DIR}/domains.cpp ${CMAKE_CURRENT_LIST_DIR}/domains.h
    ${CMAKE_CURRENT_LIST_DIR}/integrations.cpp ${CMAKE_CURRENT_LIST_DIR}/integrations.h
    ${CMAKE_CURRENT_LIST_DIR}/objecttypes.cpp ${CMAKE_CURRENT_LIST_DIR}/objecttypes.h
    ${CMAKE_CURRENT_LIST_DIR}/profiles.cpp ${CMAKE_CURRENT_LIST_DIR}/profiles.h
    ${CMAKE_CURRENT_LIST_DIR}/tags.cpp ${CMAKE_CURRENT_LIST_DIR}/tags.h
)
