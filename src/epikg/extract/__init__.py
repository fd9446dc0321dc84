"""Rules that turn mentions into facts: places, people and posts, organizations."""
