"""Tests of the build, the installers and the self-test."""
