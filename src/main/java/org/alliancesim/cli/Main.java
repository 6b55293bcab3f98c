package org.alliancesim.cli;
public class Main { public static void main(String[] a) { } }
