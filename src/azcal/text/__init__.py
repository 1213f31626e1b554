"""Every word azcal shows, in Azerbaijani, English and Russian, and a day's status in those words."""
