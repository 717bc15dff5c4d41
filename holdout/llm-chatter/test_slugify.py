Sure! Below is a pytest test suite for the `slugify` function. It covers the basic cases as well as some Unicode edge cases.

import pytest

from myapp.text import slugify


def test_lowercases_and_replaces_spaces():
    assert slugify("Hello World") == "hello-world"


def test_strips_punctuation():
    assert slugify("What's up, doc?") == "whats-up-doc"


def test_collapses_repeated_separators():
    assert slugify("a  --  b") == "a-b"


def test_transliterates_accents():
    assert slugify("Crème Brûlée") == "creme-brulee"


@pytest.mark.parametrize("value", ["", "   ", "---"])
def test_empty_results(value):
    assert slugify(value) == ""


def test_max_length_does_not_cut_mid_word():
    result = slugify("the quick brown fox jumps", max_length=12)
    assert result == "the-quick"

Let me know if you'd like me to add property-based tests with Hypothesis as well.
