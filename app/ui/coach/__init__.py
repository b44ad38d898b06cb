"""The networking coach: meeting prep, give before you ask, introductions, Insights and weekly goals."""
