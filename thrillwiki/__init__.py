"""ThrillWiki project package (named thrillwiki/, not site/, because `site` is a stdlib module)."""
