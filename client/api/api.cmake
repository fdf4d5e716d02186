# Typed requests and responses (client/api): target_sources(cpclient PRIVATE ...)
