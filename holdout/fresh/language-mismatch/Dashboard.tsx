import streamlit as st
import pandas as pd

st.set_page_config(page_title="Sales dashboard", layout="wide")

@st.cache_data
def load_data(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["date"])
    return df.sort_values("date")

df = load_data("data/sales.csv")

region = st.sidebar.selectbox("Region", sorted(df["region"].unique()))
filtered = df[df["region"] == region]

col1, col2 = st.columns(2)
col1.metric("Revenue", f"${filtered['revenue'].sum():,.0f}")
col2.metric("Orders", len(filtered))

st.line_chart(filtered, x="date", y="revenue")
