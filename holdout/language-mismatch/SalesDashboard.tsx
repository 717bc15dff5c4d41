import pandas as pd
import plotly.express as px
import streamlit as st

st.set_page_config(page_title="Sales dashboard", layout="wide")


@st.cache_data
def load_orders(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["created_at"])
    df["month"] = df["created_at"].dt.to_period("M").dt.to_timestamp()
    return df


orders = load_orders("data/orders.csv")
region = st.sidebar.selectbox("Region", ["All"] + sorted(orders["region"].unique()))
if region != "All":
    orders = orders[orders["region"] == region]

col1, col2, col3 = st.columns(3)
col1.metric("Revenue", f"${orders['total'].sum():,.0f}")
col2.metric("Orders", len(orders))
col3.metric("Average order", f"${orders['total'].mean():,.2f}")

monthly = orders.groupby("month", as_index=False)["total"].sum()
st.plotly_chart(px.line(monthly, x="month", y="total", title="Revenue by month"), use_container_width=True)
