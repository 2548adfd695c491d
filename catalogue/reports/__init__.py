"""Berichte for the coordination office: read-only queries → figures → SVG, CSV and print."""
