package org.hortus.model.park;

/** What the crop roots in. */
public enum Substrate {
  ROCKWOOL,
  COCO_COIR,
  PEAT,
  SOIL,
  HYDROPONIC_NFT
}
