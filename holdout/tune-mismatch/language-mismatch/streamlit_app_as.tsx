import pandas as pd
import plotly.express as px
import streamlit as st

st.set_page_config(page_title="Sales Explorer", layout="wide")


@st.cache_data
def load_data(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["order_date"])
    df["month"] = df["order_date"].dt.to_period("M").astype(str)
    return df


df = load_data("data/sales.csv")

st.title("Sales Explorer")
regions = st.sidebar.multiselect("Region", sorted(df["region"].unique()), default=None)
if regions:
    df = df[df["region"].isin(regions)]

col1, col2, col3 = st.columns(3)
col1.metric("Revenue", f"${df['amount'].sum():,.0f}")
col2.metric("Orders", len(df))
col3.metric("Avg order", f"${df['amount'].mean():,.2f}")

monthly = df.groupby("month", as_index=False)["amount"].sum()
st.plotly_chart(px.bar(monthly, x="month", y="amount"), use_container_width=True)
st.dataframe(df.head(100))
