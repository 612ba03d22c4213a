"""Placeholder dashboard: the full app lands with the dashboard issue."""
import streamlit as st

from indicators import extract_corpus

facts, report = extract_corpus("seeds")
st.title("indicators")
st.dataframe(facts)
